/** The packing order of municipalities; defined in the domain, shared with the model. */
export { TOURISM_MUNICIPALITIES, municipalityIndex } from '../../domain/tourism-index';

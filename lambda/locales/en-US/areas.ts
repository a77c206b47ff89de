/** The strings of the conversation areas, which load on the first turn that speaks one of them (one file in the bundle). */
export { diagnosis } from './diagnosis';
export { orderProblems } from './order-problems';
export { orders } from './orders';
export { routing } from './routing';

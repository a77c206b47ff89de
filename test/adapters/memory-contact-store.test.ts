import { memoryContactStore } from '../../lambda/adapters/memory/memory-contact-store';
import { memoryProgressStore } from '../../lambda/ports/progress-store';
import { contactStoreContract, progressStoreContract } from './contact-store.contract';

describe('the in-memory contact store', () => contactStoreContract(async () => memoryContactStore()));
describe('the in-memory progress store', () => progressStoreContract(async () => memoryProgressStore()));

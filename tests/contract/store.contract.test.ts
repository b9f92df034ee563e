import { runStoreContract } from './storeContract';
import { sharePointFactory, sqliteFactory } from './storeFactories';

runStoreContract(sqliteFactory());
runStoreContract(sharePointFactory());

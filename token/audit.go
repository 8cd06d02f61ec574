package token

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// StorageWrite is one storage slot a transaction changed, with its new value (zero when the
// slot was cleared).
type StorageWrite struct {
	Tx       common.Hash
	Contract common.Address
	Slot     common.Hash
	Value    common.Hash
}

// ChainWrites is everything transactions put on chain in a range of blocks: their calldata,
// their logs and the storage slots they wrote.
type ChainWrites struct {
	Inputs  map[common.Hash][]byte // calldata by transaction
	Logs    []types.Log
	Storage []StorageWrite
}

// CollectWrites gathers the calldata, logs and storage writes of every transaction in blocks
// from..to. Storage writes come from debug_traceTransaction with the prestate tracer in diff
// mode, so the client must serve the debug namespace (the embedded node's in-process client
// does). It is an audit tool: it shows exactly what the marketplace wrote where.
func CollectWrites(ctx context.Context, client *ethclient.Client, from, to uint64) (*ChainWrites, error) {
	w := &ChainWrites{Inputs: map[common.Hash][]byte{}}
	type account struct {
		Storage map[common.Hash]common.Hash `json:"storage"`
	}
	var diff struct {
		Pre  map[common.Address]account `json:"pre"`
		Post map[common.Address]account `json:"post"`
	}
	cfg := map[string]any{"tracer": "prestateTracer", "tracerConfig": map[string]any{"diffMode": true}}
	for n := from; n <= to; n++ {
		b, err := client.BlockByNumber(ctx, u256(n))
		if err != nil {
			return nil, fmt.Errorf("token.CollectWrites: block %d: %w", n, err)
		}
		for _, tx := range b.Transactions() {
			w.Inputs[tx.Hash()] = tx.Data()
			rcpt, err := client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, fmt.Errorf("token.CollectWrites: receipt %s: %w", tx.Hash().Hex(), err)
			}
			for _, l := range rcpt.Logs {
				w.Logs = append(w.Logs, *l)
			}
			diff.Pre, diff.Post = nil, nil
			if err := client.Client().CallContext(ctx, &diff, "debug_traceTransaction", tx.Hash(), cfg); err != nil {
				return nil, fmt.Errorf("token.CollectWrites: trace %s: %w", tx.Hash().Hex(), err)
			}
			for addr, post := range diff.Post {
				for slot, v := range post.Storage {
					w.Storage = append(w.Storage, StorageWrite{tx.Hash(), addr, slot, v})
				}
			}
			// A slot in pre but not in post was cleared.
			for addr, pre := range diff.Pre {
				for slot := range pre.Storage {
					if _, ok := diff.Post[addr].Storage[slot]; !ok {
						w.Storage = append(w.Storage, StorageWrite{tx.Hash(), addr, slot, common.Hash{}})
					}
				}
			}
		}
	}
	return w, nil
}

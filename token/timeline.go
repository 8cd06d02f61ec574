package token

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/medmarket/medmarket/marketplace"
)

var _ marketplace.TimelineSource = (*Ledger)(nil)

// Timeline reads a study's history from the event index: every registry, budget and token
// event whose first topic is the study id, oldest first.
func (l *Ledger) Timeline(ctx context.Context, id uint64) ([]marketplace.TimelineEntry, error) {
	if l.indexer == nil {
		return nil, fmt.Errorf("token.Timeline: no event indexer")
	}
	if err := l.indexer.Sync(ctx); err != nil {
		return nil, fmt.Errorf("token.Timeline: %w", err)
	}
	logs, err := l.indexer.Logs(0, l.indexer.Cursor().Number)
	if err != nil {
		return nil, fmt.Errorf("token.Timeline: %w", err)
	}
	topic := common.BigToHash(new(big.Int).SetUint64(id))
	var out []marketplace.TimelineEntry
	for _, lg := range logs {
		if len(lg.Topics) < 2 || lg.Topics[1] != topic {
			continue
		}
		if e, ok := l.timelineEntry(lg); ok {
			out = append(out, e)
		}
	}
	return out, nil
}

func (l *Ledger) timelineEntry(lg types.Log) (marketplace.TimelineEntry, bool) {
	e := marketplace.TimelineEntry{Block: lg.BlockNumber, Tx: marketplace.Hash(lg.TxHash)}
	var ev *abi.Event
	for _, a := range []*abi.ABI{l.abis.registry, l.abis.budget, l.abis.token} {
		if found, err := a.EventByID(lg.Topics[0]); err == nil {
			ev = found
			break
		}
	}
	if ev == nil {
		return e, false
	}
	vals := map[string]any{}
	if err := ev.Inputs.UnpackIntoMap(vals, lg.Data); err != nil {
		return e, false
	}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	abi.ParseTopicsIntoMap(vals, indexed, lg.Topics[1:])
	hash := func(k string) string {
		if h, ok := vals[k].([32]byte); ok {
			return common.Hash(h).Hex()
		}
		return ""
	}
	addr := func(k string) string {
		if a, ok := vals[k].(common.Address); ok {
			return a.Hex()
		}
		return ""
	}
	amount := func(k string) string {
		if b, ok := vals[k].(*big.Int); ok {
			return b.String()
		}
		return ""
	}
	count := func(k string, size int) int {
		if b, ok := vals[k].([]byte); ok && size > 0 {
			return len(b) / size
		}
		return 0
	}
	switch ev.Name {
	case "StudyRegistered":
		e.Kind, e.Account, e.ProtocolHash = "REGISTERED", addr("researcher"), hash("protocolHash")
	case "ProtocolAmended":
		e.Kind, e.ProtocolHash = "AMENDED", hash("protocolHash")
	case "StudyApproved":
		e.Kind, e.Account, e.ProtocolHash = "APPROVED", addr("board"), hash("protocolHash")
	case "StudyRejected":
		e.Kind, e.Account, e.ProtocolHash = "REJECTED", addr("board"), hash("protocolHash")
	case "StatusChanged":
		e.Kind, e.Account = "STATUS", addr("by")
		if s, ok := vals["to"].(uint8); ok && int(s) < len(statusNames) {
			e.Status = string(statusNames[s])
		}
	case "BudgetFixed":
		e.Kind = "BUDGET_FIXED"
		if v, ok := vals["epsilon"].(uint64); ok {
			e.Epsilon = float64(v) / marketplace.EpsilonScale
		}
	case "BudgetSpent":
		e.Kind, e.QueryHash, e.ResultHash = "RELEASE", hash("queryHash"), hash("resultHash")
		if v, ok := vals["epsilon"].(uint64); ok {
			e.Epsilon = float64(v) / marketplace.EpsilonScale
		}
	case "Funded":
		e.Kind, e.Account, e.Amount = "FUNDED", addr("funder"), amount("amount")
	case "ConsentsGranted":
		e.Kind, e.Count = "CONSENTS", count("grants", 26) // participant 20 | expiry 5 | scope index 1
	case "ConsentsRevoked":
		e.Kind, e.Count = "REVOCATIONS", count("participants", 20)
	case "Paid":
		e.Kind, e.Count, e.Amount = "PAID", count("recipients", 20), amount("amountEach")
	case "Refunded":
		e.Kind, e.Account, e.Amount = "REFUNDED", addr("researcher"), amount("amount")
	default:
		return e, false
	}
	return e, true
}

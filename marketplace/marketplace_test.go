package marketplace

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorCodesSurviveWrapping(t *testing.T) {
	err := fmt.Errorf("token.Pay: %w", FieldError("amount", "must be positive"))
	if ErrorCode(err) != EINVALID || ErrorField(err) != "amount" || ErrorMessage(err) != "amount: must be positive" {
		t.Fatalf("got %s %s %q", ErrorCode(err), ErrorField(err), ErrorMessage(err))
	}
	internal := fmt.Errorf("dial tcp 10.0.0.1: refused")
	if ErrorCode(internal) != EINTERNAL || ErrorMessage(internal) != "internal error" {
		t.Fatalf("internal detail leaks: %q", ErrorMessage(internal))
	}
	if ErrorCode(nil) != "" {
		t.Fatal("nil has a code")
	}
}

func TestParseHex(t *testing.T) {
	a, err := ParseAddress("who", "0x00000000000000000000000000000000000000aB")
	if err != nil || a[19] != 0xab {
		t.Fatalf("%v %v", a, err)
	}
	for _, bad := range []string{"", "00000000000000000000000000000000000000ab", "0x1234", "0xzz00000000000000000000000000000000000000"} {
		_, err := ParseAddress("who", bad)
		var e *Error
		if !errors.As(err, &e) || e.Field != "who" {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if _, err := ParseSignature("sig", "0x"+fmt.Sprintf("%0130x", 1)); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseSignature("sig", "0x00"); ErrorField(err) != "sig" {
		t.Fatal("short signature accepted")
	}
}

func TestResultHashCoversValueAndCost(t *testing.T) {
	r := &Release{StudyID: 1, QueryID: "n", Value: 10, Epsilon: 0.5}
	h := ResultHash(r)
	for _, f := range []func(*Release){
		func(r *Release) { r.Value = 11 },
		func(r *Release) { r.Epsilon = 0.25 },
		func(r *Release) { r.StudyID = 2 },
		func(r *Release) { r.QueryHash[0] = 1 },
	} {
		c := *r
		f(&c)
		if ResultHash(&c) == h {
			t.Fatalf("result hash ignores a change: %+v", c)
		}
	}
}

func TestUnits(t *testing.T) {
	if EpsilonUnits(0.1)+EpsilonUnits(0.2) != EpsilonUnits(0.3) {
		t.Fatal("epsilon units drift")
	}
	if DeltaUnits(1e-6) != 1_000_000_000_000 {
		t.Fatal(DeltaUnits(1e-6))
	}
}

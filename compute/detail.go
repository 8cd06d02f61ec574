package compute

import (
	"bytes"
	"encoding/binary"
	"io"
	"math"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
)

// The detail section, format 1 (DEFLATE by github.com/klauspost/compress/flate, twice as fast
// as the standard library's and compatible with it): the part of a patient's data that analyses never read,
// sealed separately from the hot record under the same data key:
//
//	[0]      format version (1)
//	[1:3]    number of daily summaries n (uint16)
//	n x 12   date int32, steps int32 (-1 none), resting heart rate x10 uint16 (0xFFFF none),
//	         sleep minutes uint16 (0xFFFF none); little-endian, in date order
//	then     uvarint length of the original FHIR bundle compressed with DEFLATE (0: none), and
//	         those bytes
//
// A record with no detail (no daily summaries, no bundle) has none stored.
const detailFormat = 1

const dailyLen = 12

// hasDetail reports whether p carries anything for the detail section.
func hasDetail(p *Patient, bundle []byte) bool {
	return len(p.Daily) > 0 || len(bundle) > 0
}

var flaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// appendDetail appends the detail encoding of a normalised patient and its original bundle
// (nil when there is none) to dst.
func appendDetail(dst []byte, p *Patient, bundle []byte) []byte {
	dst = append(dst, detailFormat)
	dst = binary.LittleEndian.AppendUint16(dst, uint16(len(p.Daily)))
	for _, d := range p.Daily {
		dst = binary.LittleEndian.AppendUint32(dst, uint32(days(d.Date)))
		dst = binary.LittleEndian.AppendUint32(dst, uint32(int32(d.Steps)))
		hr := uint16(missing)
		if !math.IsNaN(d.RestingHR) {
			hr = uint16(math.Round(d.RestingHR * 10))
		}
		dst = binary.LittleEndian.AppendUint16(dst, hr)
		sl := uint16(missing)
		if d.SleepMinutes >= 0 {
			sl = uint16(d.SleepMinutes)
		}
		dst = binary.LittleEndian.AppendUint16(dst, sl)
	}
	if len(bundle) == 0 {
		return binary.AppendUvarint(dst, 0)
	}
	var buf bytes.Buffer
	w := flaters.Get().(*flate.Writer)
	w.Reset(&buf)
	w.Write(bundle) // writes to a bytes.Buffer do not fail
	w.Close()
	flaters.Put(w)
	dst = binary.AppendUvarint(dst, uint64(buf.Len()))
	return append(dst, buf.Bytes()...)
}

// decodeDetail decodes a detail section into p's Daily, and returns the original bundle (nil
// when none) if withBundle is set.
func decodeDetail(b []byte, p *Patient, withBundle bool) ([]byte, error) {
	if len(b) < 3 || b[0] != detailFormat {
		return nil, errBadRecord
	}
	n := int(binary.LittleEndian.Uint16(b[1:]))
	rest := b[3:]
	if len(rest) < n*dailyLen {
		return nil, errBadRecord
	}
	p.Daily = make([]DailySummary, n)
	for i := range p.Daily {
		e := rest[i*dailyLen:]
		d := DailySummary{
			Date:         dateOf(int32(binary.LittleEndian.Uint32(e))),
			Steps:        int(int32(binary.LittleEndian.Uint32(e[4:]))),
			RestingHR:    math.NaN(),
			SleepMinutes: -1,
		}
		if hr := binary.LittleEndian.Uint16(e[8:]); hr != missing {
			d.RestingHR = float64(hr) / 10
		}
		if sl := binary.LittleEndian.Uint16(e[10:]); sl != missing {
			d.SleepMinutes = int(sl)
		}
		p.Daily[i] = d
	}
	if n == 0 {
		p.Daily = nil
	}
	rest = rest[n*dailyLen:]
	l, k := binary.Uvarint(rest)
	if k <= 0 || uint64(len(rest)-k) != l {
		return nil, errBadRecord
	}
	if !withBundle || l == 0 {
		return nil, nil
	}
	out, err := io.ReadAll(flate.NewReader(bytes.NewReader(rest[k:])))
	if err != nil {
		return nil, errBadRecord
	}
	return out, nil
}

func dateOfOrZero(d int32) (t time.Time) {
	if d == birthUnknown {
		return t
	}
	return dateOf(d)
}

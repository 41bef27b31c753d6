package batch

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// Shard is one share of the inputs of a run split over many processes or
// machines: the Index-th (from 1) of Count. The zero value takes every
// input.
type Shard struct {
	Index, Count int
}

// Keep reports whether the source with this id belongs to the shard. The
// share is decided by a hash of the id alone, so that every process of a
// split run, given the same inputs, agrees on it, whatever the order or
// number of the inputs; each source is in exactly one shard.
func (s Shard) Keep(id string) bool {
	if s.Count <= 1 {
		return true
	}
	sum := sha256.Sum256([]byte(id))
	return int(binary.BigEndian.Uint64(sum[:8])%uint64(s.Count)) == s.Index-1
}

// String is "i/n", or "" for the whole.
func (s Shard) String() string {
	if s.Count == 0 {
		return ""
	}
	return strconv.Itoa(s.Index) + "/" + strconv.Itoa(s.Count)
}

// ParseShard reads --shard: "i/n" (1 ≤ i ≤ n), or "auto", which takes the
// share from the job scheduler's variables, looked up with getenv:
//
//   - a Slurm job array: SLURM_ARRAY_TASK_ID, with SLURM_ARRAY_TASK_COUNT
//     (or SLURM_ARRAY_TASK_MIN and _MAX) for the count; the tasks are
//     numbered from SLURM_ARRAY_TASK_MIN (0 if unset);
//   - a Kubernetes Indexed Job: JOB_COMPLETION_INDEX (from 0), with the
//     count in JOB_COMPLETIONS (set it in the manifest to the Job's
//     completions; Kubernetes does not pass it on its own).
//
// "" is the whole run.
func ParseShard(s string, getenv func(string) string) (Shard, error) {
	if s == "" {
		return Shard{}, nil
	}
	if s == "auto" {
		return autoShard(getenv)
	}
	i, n, ok := strings.Cut(s, "/")
	index, err1 := strconv.Atoi(strings.TrimSpace(i))
	count, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || count < 1 || index < 1 || index > count {
		return Shard{}, UsageError{fmt.Sprintf("--shard %s: want i/n with 1 ≤ i ≤ n (such as 1/4), or auto", s)}
	}
	return Shard{index, count}, nil
}

func autoShard(getenv func(string) string) (Shard, error) {
	num := func(name string) (int, bool, error) {
		v := strings.TrimSpace(getenv(name))
		if v == "" {
			return 0, false, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return 0, true, UsageError{fmt.Sprintf("--shard auto: %s=%q is not a number", name, v)}
		}
		return n, true, nil
	}
	if id, ok, err := num("SLURM_ARRAY_TASK_ID"); ok || err != nil {
		if err != nil {
			return Shard{}, err
		}
		lo, hasMin, err := num("SLURM_ARRAY_TASK_MIN")
		if err != nil {
			return Shard{}, err
		}
		hi, hasMax, err := num("SLURM_ARRAY_TASK_MAX")
		if err != nil {
			return Shard{}, err
		}
		count, hasCount, err := num("SLURM_ARRAY_TASK_COUNT")
		if err != nil {
			return Shard{}, err
		}
		if !hasCount && hasMin && hasMax {
			count, hasCount = hi-lo+1, true
		}
		if !hasCount {
			return Shard{}, UsageError{"--shard auto: SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MIN and _MAX are"}
		}
		return checkAuto(id-lo, count, "SLURM_ARRAY_TASK_ID")
	}
	if index, ok, err := num("JOB_COMPLETION_INDEX"); ok || err != nil {
		if err != nil {
			return Shard{}, err
		}
		count, hasCount, err := num("JOB_COMPLETIONS")
		if err != nil {
			return Shard{}, err
		}
		if !hasCount {
			return Shard{}, UsageError{"--shard auto: JOB_COMPLETION_INDEX is set but JOB_COMPLETIONS is not; set it in the Job's manifest to its completions"}
		}
		return checkAuto(index, count, "JOB_COMPLETION_INDEX")
	}
	return Shard{}, UsageError{"--shard auto: neither a Slurm job array (SLURM_ARRAY_TASK_ID) nor a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) is running this"}
}

// checkAuto turns a 0-based index and a count into a Shard.
func checkAuto(index, count int, name string) (Shard, error) {
	if count < 1 || index < 0 || index >= count {
		return Shard{}, UsageError{fmt.Sprintf("--shard auto: %s gives task %d of %d", name, index, count)}
	}
	return Shard{index + 1, count}, nil
}

// Lattice paths counted by recursion memoised in HashMap<(usize, usize), u64>, with blocked cells checked by contains on a slice of tuples.
use std::collections::HashMap;

fn paths(r: usize, c: usize, blocked: &[(usize, usize)], memo: &mut HashMap<(usize, usize), u64>) -> u64 {
    if blocked.contains(&(r, c)) {
        return 0;
    }
    if r == 0 || c == 0 {
        return 1;
    }
    if let Some(&v) = memo.get(&(r, c)) {
        return v;
    }
    let v = paths(r - 1, c, blocked, memo) + paths(r, c - 1, blocked, memo);
    memo.insert((r, c), v);
    v
}

fn main() {
    let mut memo = HashMap::new();
    println!("{}", paths(16, 16, &[], &mut memo));
    let mut memo2 = HashMap::new();
    println!("{}", paths(5, 5, &[(2, 2), (3, 1)], &mut memo2));
    println!("{} {}", memo.len(), memo2.len());
}
// expect: 601080390
// expect: 72
// expect: 256 22

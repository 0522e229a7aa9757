// `chunks(0)` panics at the call: a chunk size must be non-zero.
let v = vec![1, 2, 3];
let n = v.len() - 3;
for c in v.chunks(n) {
    println!("{:?}", c);
}
// panic: chunk size must be non-zero
// panic-at: 4:12

// chunks_exact(n) in a for loop, under a map collected (exact, std's TrustedRandomAccess), and enumerated from the back: the short tail is left out.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    for c in v.chunks_exact(3) {
        println!("{:?}", c);
    }
    let sums: Vec<i32> = v.chunks_exact(2).map(|c| c[0] + c[1]).collect();
    println!("{:?} {}", sums, sums.capacity());
    for (i, c) in v.chunks_exact(2).enumerate().rev() {
        println!("{} {:?}", i, c);
    }
    println!("{:?}", v.chunks_exact(4).size_hint());
}
// expect: [1, 2, 3]
// expect: [4, 5, 6]
// expect: [3, 7, 11] 3
// expect: 2 [5, 6]
// expect: 1 [3, 4]
// expect: 0 [1, 2]
// expect: (1, Some(1))

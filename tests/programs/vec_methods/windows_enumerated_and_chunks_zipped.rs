// `windows(2)` under `enumerate` gives each step's difference; `chunks` zip with a counter like any iterator.
for (i, w) in [1, 4, 9, 16].windows(2).enumerate() {
    println!("{} {}", i, w[1] - w[0]);
}
let z: Vec<(i32, &[i32])> = (1..).zip([5, 6, 7].chunks(2)).collect();
println!("{:?}", z);
// expect: 0 3
// expect: 1 5
// expect: 2 7
// expect: [(1, [5, 6]), (2, [7])]

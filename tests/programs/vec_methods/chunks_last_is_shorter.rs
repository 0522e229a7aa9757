// `chunks(2)` hands out slices of two elements, the last one shorter; `rev` starts from that remainder.
let v = [1, 2, 3, 4, 5];
for c in v.chunks(2) {
    println!("{:?} {}", c, c.len());
}
let back: Vec<&[i32]> = v.chunks(2).rev().collect();
println!("{:?}", back);
// expect: [1, 2] 2
// expect: [3, 4] 2
// expect: [5] 1
// expect: [[5], [3, 4], [1, 2]]

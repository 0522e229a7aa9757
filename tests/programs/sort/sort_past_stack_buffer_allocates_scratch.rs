// A stable sort of 1,025 i32s needs a scratch buffer larger than driftsort's 4 KiB on the stack: one 4,100-byte allocation, freed as sort returns.
let mut v: Vec<i32> = Vec::with_capacity(1025);
for i in 0..1025 {
    v.push((i * 7919) % 1025);
}
v.sort();
println!("{} {} {}", v[0], v[512], v[1024]);
// expect: 0 512 1024

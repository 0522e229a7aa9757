// sort_unstable (ipnsort) sorts in place: 3,000 elements and still no allocation of its own.
let mut v: Vec<u64> = Vec::with_capacity(3000);
for i in 0..3000u64 {
    v.push((i * 7919) % 3000);
}
v.sort_unstable();
println!("{} {}", v[0], v[2999]);
// expect: 0 2999

// Vec::extend with a range trusts its exact length: one reservation for all of it.
let mut v = Vec::new();
v.extend(0..10u32);
println!("{} {}", v.len(), v.capacity());
v.extend(10..=12);
println!("{:?}", &v[8..]);
// expect: 10 10
// expect: [8, 9, 10, 11, 12]

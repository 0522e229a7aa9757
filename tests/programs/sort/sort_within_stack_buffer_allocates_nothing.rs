// 1,024 i32s fit driftsort's 4 KiB stack buffer: sort makes no allocation of its own.
let mut v: Vec<i32> = Vec::with_capacity(1024);
for i in 0..1024 {
    v.push((i * 7919) % 1024);
}
v.sort();
println!("{} {}", v[0], v[1023]);
// expect: 0 1023

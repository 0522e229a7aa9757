// The scratch buffer counts elements of the sorted type: 200 Strings (24 bytes each) need 4,800 bytes, past the 4 KiB stack buffer.
let mut v: Vec<String> = Vec::with_capacity(200);
for i in 0..200 {
    v.push(((i * 37) % 200).to_string());
}
v.sort();
println!("{} {} {}", v[0], v[1], v[199]);
// expect: 0 1 99

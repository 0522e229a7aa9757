// A `for` loop over `to_lowercase()` gets each char of the mapping ('İ' lowercases to two chars).
let mut n = 0;
for c in 'İ'.to_lowercase() {
    println!("{}", c as u32);
    n += 1;
}
println!("{}", n);
// expect: 105
// expect: 775
// expect: 2

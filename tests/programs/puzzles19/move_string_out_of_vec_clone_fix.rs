// The fixes for moving out of a Vec by index: clone, take a reference, swap_remove, or mem::take.
fn main() {
    let mut words: Vec<String> = "alpha beta gamma".split(' ').map(String::from).collect();
    let a = words[0].clone();
    let b = &words[1];
    println!("{a} {b}");
    let c = std::mem::take(&mut words[2]);
    println!("{c} {:?}", words);
    let d = words.swap_remove(0);
    println!("{d} {:?}", words);
}
// expect: alpha beta
// expect: gamma ["alpha", "beta", ""]
// expect: alpha ["", "beta"]

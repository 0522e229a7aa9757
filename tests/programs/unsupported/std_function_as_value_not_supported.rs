// A std function passed as a value that std_values.def does not list (`String::with_capacity`) is "not supported yet" at the path, not an E0425 that would call the program wrong.
fn main() {
    let sizes = vec![4, 8];
    let bufs: Vec<String> = sizes.into_iter().map(String::with_capacity).collect();
    println!("{}", bufs.len());
}
// expect: 2
// unsupported: std's function `String::with_capacity` used as a value at 4:51

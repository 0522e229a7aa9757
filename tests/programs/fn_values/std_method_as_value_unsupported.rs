// std's methods named by path (`String::len`) are not run as values yet; a closure calling them is.
fn main() {
    let v = vec![String::from("ab"), String::from("cde")];
    let lens: Vec<usize> = v.iter().map(String::len).collect();
    println!("{:?}", lens);
}
// expect: [2, 3]
// unsupported: `String::len` used as a value

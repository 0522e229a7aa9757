// `String::len` named as a value is a zero-sized function `map` calls with each `&String`.
fn main() {
    let v = vec![String::from("ab"), String::from("cde")];
    let lens: Vec<usize> = v.iter().map(String::len).collect();
    println!("{:?}", lens);
    let f = String::len;
    println!("{} {}", f(&v[1]), std::mem::size_of_val(&f));
}
// expect: [2, 3]
// expect: 3 0

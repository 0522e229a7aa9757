// &str into String three ways: String::from, to_string, into with an annotated binding.
fn main() {
    let my_str = "hello";
    let a = String::from(my_str);
    let b = my_str.to_string();
    let c: String = my_str.into();
    let d = my_str.to_owned();
    println!("{} {} {} {}", a, b, c, d);
    println!("{}", a == c);
}
// expect: hello hello hello hello
// expect: true

// `format!` builds a new String from borrowed arguments, leaving them usable.
fn main() {
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");
    let s = format!("{s1}-{s2}-{s3}");
    println!("{} {} {} {}", s, s1, s2, s3);
}
// expect: tic-tac-toe tic tac toe

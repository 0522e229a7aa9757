// A function std's module does not have (`std::cmp::maxx`): rustc's E0425 at the name, not "not supported yet".
fn main() {
    let biggest = std::cmp::maxx(3, 7);
    println!("{}", biggest);
}
// error: E0425 at 3:29

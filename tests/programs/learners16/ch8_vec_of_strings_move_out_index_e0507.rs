// let first = names[0]; on a Vec<String>: E0507 cannot move out of index.
fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    let first = names[0];
    println!("{} {}", first, names.len());
}
// error: E0507 at 4:17

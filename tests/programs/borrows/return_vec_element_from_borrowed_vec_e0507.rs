// Returning `v[0]` from a function that only borrows a Vec of Strings is error E0507.
fn first(v: &Vec<String>) -> String {
    v[0]
}

fn main() {
    let v = vec![String::from("a"), String::from("b")];
    println!("{}", first(&v));
}
// error: E0507 at 3:5

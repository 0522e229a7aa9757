// A closure stored in a variable still holds its captured reference when it is passed to `retain`: error E0502.
fn main() {
    let mut names = vec![String::from("ann"), String::from("bo")];
    let first = &names[0];
    let keep = |n: &String| n != first;
    names.retain(keep);
    println!("{:?}", names);
}
// error: E0502 at 6:5

// A call's argument is not extended: the Vec behind `&vec![1, 2]` is freed at the end of the statement while `r` still points into it (E0716).
fn first(v: &Vec<i32>) -> &i32 {
    &v[0]
}

fn main() {
    let r = first(&vec![1, 2]);
    println!("{}", r);
}
// error: E0716 at 7:20

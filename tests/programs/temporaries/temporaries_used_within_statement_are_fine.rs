// Borrowing a temporary is fine when the borrow ends with the statement, and borrowed constants are promoted to statics.
fn first(v: &Vec<i32>) -> &i32 {
    &v[0]
}

fn same(x: &i32) -> &i32 {
    x
}

fn main() {
    let n = String::from("abc").as_str().len();
    let f = *first(&vec![4, 5]) + 1;
    let lit = same(&5);
    let sum = same(&(1 + 2));
    println!("{} {} {} {}", n, f, lit, sum);
}
// expect: 3 5 5 3

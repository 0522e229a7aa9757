// let else over a nested pattern (Some(Ok(n))), and matching tuples of references from zip.
fn first_number(items: &[Option<Result<i32, String>>]) -> i32 {
    let Some(Some(Ok(n))) = items.first() else {
        return -1;
    };
    *n
}

fn main() {
    println!("{}", first_number(&[Some(Ok(4)), None]));
    println!("{}", first_number(&[Some(Err("x".into()))]));
    println!("{}", first_number(&[]));
    let xs = [1, 2, 3];
    let ys = ["one", "two", "three"];
    for pair in xs.iter().zip(ys.iter()) {
        match pair {
            (&1, name) => println!("first is {name}"),
            (n, &"three") => println!("{n} is three"),
            (n, name) => println!("{n}={name}"),
        }
    }
}
// expect: 4
// expect: -1
// expect: -1
// expect: first is one
// expect: 2=two
// expect: 3 is three

// A match guard compares a binding with an outer variable instead of shadowing it, and an or-pattern's guard covers every alternative.
fn main() {
    let x = Some(5);
    let y = 10;
    match x {
        Some(50) => println!("got 50"),
        Some(n) if n == y => println!("matched, n = {n}"),
        _ => println!("default case, x = {:?}", x),
    }
    println!("at the end: x = {:?}, y = {y}", x);

    let v = 4;
    let flag = false;
    match v {
        4 | 5 | 6 if flag => println!("yes"),
        _ => println!("no"),
    }

    let num = Some(4);
    match num {
        Some(n) if n % 2 == 0 => println!("the number {} is even", n),
        Some(n) => println!("the number {} is odd", n),
        None => (),
    }
}
// expect: default case, x = Some(5)
// expect: at the end: x = Some(5), y = 10
// expect: no
// expect: the number 4 is even

// `for i in a..b` visits a up to but not including b.
fn main() {
    let mut total = 0;
    for i in 1..5 {
        println!("i = {}", i);
        total += i;
    }
    println!("total = {}", total);
}
// expect: i = 1
// expect: i = 2
// expect: i = 3
// expect: i = 4
// expect: total = 10

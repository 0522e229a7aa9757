// A range kept in a variable advanced in place by next, nth, find and any; an inclusive one to exhaustion.
fn main() {
    let mut sequence = 0..3;
    println!("> {:?}", sequence.next());
    println!("> {:?}", sequence.next());
    println!("{:?}", sequence);
    println!("> {:?}", sequence.next());
    println!("> {:?}", sequence.next());
    println!("{:?}", sequence);
    let mut r = 10..20;
    println!("{:?} {:?}", r.nth(2), r);
    println!("{:?} {:?}", r.find(|x| x % 5 == 0), r);
    println!("{} {:?}", r.any(|x| x > 17), r);
    let total: i32 = r.sum();
    println!("{}", total);
    let mut inc = 1..=3;
    while let Some(i) = inc.next() {
        print!("{} ", i);
    }
    println!("{:?}", inc);
    let mut letters = 'a'..'d';
    println!("{:?} {:?}", letters.next(), letters);
}
// expect: > Some(0)
// expect: > Some(1)
// expect: 2..3
// expect: > Some(2)
// expect: > None
// expect: 3..3
// expect: Some(12) 13..20
// expect: Some(15) 16..20
// expect: true 19..20
// expect: 19
// expect: 1 2 3 3..=3 (exhausted)
// expect: Some('a') 'b'..'d'

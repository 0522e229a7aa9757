// for &(name, score) in &pairs destructuring references to Copy tuples, and for (name, score) in binding by reference.
fn main() {
    let pairs = vec![("ann", 3), ("bo", 5)];
    let mut total = 0;
    for &(name, score) in &pairs {
        println!("{} {}", name, score);
        total += score;
    }
    for (name, score) in &pairs {
        println!("{} {}", name.len(), *score * 2);
    }
    println!("{}", total);
}
// expect: ann 3
// expect: bo 5
// expect: 3 6
// expect: 2 10
// expect: 8

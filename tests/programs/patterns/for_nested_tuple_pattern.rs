// A `for` pattern destructures each item: the index from enumerate and the tuple inside, by reference.
fn main() {
    let scores = vec![(String::from("ann"), 91), (String::from("bo"), 78)];
    for (i, (name, score)) in scores.iter().enumerate() {
        println!("{i}: {name} scored {score}");
    }
    let pairs = [(1, 'a'), (2, 'b')];
    for &(n, c) in &pairs {
        println!("{n}{c}");
    }
}
// expect: 0: ann scored 91
// expect: 1: bo scored 78
// expect: 1a
// expect: 2b

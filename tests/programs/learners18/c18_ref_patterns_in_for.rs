// Destructuring &(a, b) in a for over a slice of tuples, and ref/ref mut in patterns.
fn main() {
    let pairs = vec![(1, "one"), (2, "two"), (3, "three")];
    for &(n, name) in &pairs {
        println!("{n} => {name}");
    }
    for (i, (n, _)) in pairs.iter().enumerate() {
        println!("{i}: {n}");
    }
    let mut robot = (String::from("R2"), 3);
    let (ref name, ref mut lives) = robot;
    *lives -= 1;
    println!("{name} has {lives}");
    println!("{:?}", robot);
    let maybe = Some(String::from("kept"));
    if let Some(ref s) = maybe {
        println!("{s} borrowed");
    }
    println!("{maybe:?}");
}
// expect: 1 => one
// expect: 2 => two
// expect: 3 => three
// expect: 0: 1
// expect: 1: 2
// expect: 2: 3
// expect: R2 has 2
// expect: ("R2", 2)
// expect: kept borrowed
// expect: Some("kept")

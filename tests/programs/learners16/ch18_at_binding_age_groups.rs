// n @ 0..=12, n @ 13..=19, n @ 20.. classifying ages with bindings in each arm.
fn classify(age: u32) -> String {
    match age {
        0 => String::from("newborn"),
        n @ 1..=12 => format!("child of {}", n),
        n @ 13..=19 => format!("teen of {}", n),
        n @ 20.. => format!("adult of {}", n),
    }
}

fn main() {
    for a in [0, 7, 16, 45] {
        println!("{}", classify(a));
    }
}
// expect: newborn
// expect: child of 7
// expect: teen of 16
// expect: adult of 45

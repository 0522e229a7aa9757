// Matching literals, `1 | 2`, an inclusive range 3..=5 and a char range.
fn main() {
    for x in [1, 2, 4, 9] {
        match x {
            1 | 2 => println!("one or two"),
            3..=5 => println!("three through five"),
            _ => println!("anything"),
        }
    }
    for c in ['c', 'x', '7'] {
        match c {
            'a'..='j' => println!("early ASCII letter"),
            'k'..='z' => println!("late ASCII letter"),
            _ => println!("something else"),
        }
    }
}
// expect: one or two
// expect: one or two
// expect: three through five
// expect: anything
// expect: early ASCII letter
// expect: late ASCII letter
// expect: something else

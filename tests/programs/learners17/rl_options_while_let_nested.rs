// Rustlings-style: `if let` on an Option, and `while let Some(Some(x))` popping a Vec<Option<i8>>.
fn main() {
    let target = "rustlings";
    let optional_target = Some(target);
    if let Some(word) = optional_target {
        println!("word is {}", word);
    }

    let range = 10;
    let mut optional_integers: Vec<Option<i8>> = vec![None];
    for i in 1..=range {
        optional_integers.push(Some(i));
    }
    let mut cursor = range;
    while let Some(Some(integer)) = optional_integers.pop() {
        println!("popped {} expecting {}", integer, cursor);
        cursor -= 1;
    }
    println!("cursor {} left {}", cursor, optional_integers.len());
}
// expect: word is rustlings
// expect: popped 10 expecting 10
// expect: popped 9 expecting 9
// expect: popped 8 expecting 8
// expect: popped 7 expecting 7
// expect: popped 6 expecting 6
// expect: popped 5 expecting 5
// expect: popped 4 expecting 4
// expect: popped 3 expecting 3
// expect: popped 2 expecting 2
// expect: popped 1 expecting 1
// expect: cursor 0 left 0

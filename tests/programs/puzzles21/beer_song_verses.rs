// Exercism beer-song: verses by a match on the count, joined with blank lines, for a range counted down.
fn verse(n: u32) -> String {
    match n {
        0 => "No more bottles of beer on the wall, no more bottles of beer.\nGo to the store and buy some more, 99 bottles of beer on the wall.\n".to_string(),
        1 => "1 bottle of beer on the wall, 1 bottle of beer.\nTake it down and pass it around, no more bottles of beer on the wall.\n".to_string(),
        2 => "2 bottles of beer on the wall, 2 bottles of beer.\nTake one down and pass it around, 1 bottle of beer on the wall.\n".to_string(),
        n => format!(
            "{n} bottles of beer on the wall, {n} bottles of beer.\nTake one down and pass it around, {} bottles of beer on the wall.\n",
            n - 1
        ),
    }
}

fn sing(start: u32, end: u32) -> String {
    (end..=start).rev().map(verse).collect::<Vec<_>>().join("\n")
}

fn main() {
    print!("{}", sing(3, 0));
    println!("---");
    print!("{}", verse(99));
}
// expect: 3 bottles of beer on the wall, 3 bottles of beer.
// expect: Take one down and pass it around, 2 bottles of beer on the wall.
// expect:
// expect: 2 bottles of beer on the wall, 2 bottles of beer.
// expect: Take one down and pass it around, 1 bottle of beer on the wall.
// expect:
// expect: 1 bottle of beer on the wall, 1 bottle of beer.
// expect: Take it down and pass it around, no more bottles of beer on the wall.
// expect:
// expect: No more bottles of beer on the wall, no more bottles of beer.
// expect: Go to the store and buy some more, 99 bottles of beer on the wall.
// expect: ---
// expect: 99 bottles of beer on the wall, 99 bottles of beer.
// expect: Take one down and pass it around, 98 bottles of beer on the wall.

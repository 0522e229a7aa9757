// The dice-roll match with a catch-all `other` binding and then with `_ => ()`.
fn add_fancy_hat() {
    println!("hat!");
}
fn remove_fancy_hat() {
    println!("no hat");
}
fn move_player(n: u8) {
    println!("move {}", n);
}

fn main() {
    for roll in [3u8, 7, 9, 4] {
        match roll {
            3 => add_fancy_hat(),
            7 => remove_fancy_hat(),
            other => move_player(other),
        }
    }
    for roll in [3u8, 5] {
        match roll {
            3 => add_fancy_hat(),
            _ => (),
        }
    }
}
// expect: hat!
// expect: no hat
// expect: move 9
// expect: move 4
// expect: hat!

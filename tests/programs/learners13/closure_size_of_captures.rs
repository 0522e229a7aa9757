// size_of_val of closures by what they capture: nothing, a reference, a moved String, a moved array.
use std::mem::size_of_val;

fn main() {
    let n = 5u8;
    let s = String::from("hello");
    let arr = [1u64; 3];
    let none = || 1;
    let by_ref = || n + 1;
    let by_move = move || s.len();
    let arr_move = move || arr.len();
    println!("none {}", size_of_val(&none));
    println!("by_ref {}", size_of_val(&by_ref));
    println!("by_move {}", size_of_val(&by_move));
    println!("arr_move {}", size_of_val(&arr_move));
    println!("{} {} {} {}", none(), by_ref(), by_move(), arr_move());
}
// expect: none 0
// expect: by_ref 8
// expect: by_move 24
// expect: arr_move 24
// expect: 1 6 5 3

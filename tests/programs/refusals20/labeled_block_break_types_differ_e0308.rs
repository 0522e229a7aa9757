// A labeled block's breaks and its tail must agree: a `break 'b "text"` where the tail is an integer (the block given type i32) is E0308 at the value.
fn main() {
    let input = 7;
    let value: i32 = 'b: {
        if input < 0 {
            break 'b "negative";
        }
        input * 2
    };
    println!("{}", value);
}
// error: E0308 at 6:22

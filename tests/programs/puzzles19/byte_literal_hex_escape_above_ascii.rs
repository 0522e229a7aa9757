// A byte literal or byte string may escape any byte with \xHH, up to b'\xff' (a char literal stops at \x7f).
fn main() {
    let high = b'\xff';
    let pair = b"\x80\xfe";
    println!("{high} {:?} {}", pair, high as u32 + pair[0] as u32);
}
// expect: 255 [128, 254] 383

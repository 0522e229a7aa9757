// Freezing: an inner immutable shadow of a mutable binding cannot be assigned (E0384).
fn main() {
    let mut _mutable_integer = 7i32;
    {
        let _mutable_integer = _mutable_integer;
        _mutable_integer = 50;
    }
    _mutable_integer = 3;
}
// error: E0384 at 6:9

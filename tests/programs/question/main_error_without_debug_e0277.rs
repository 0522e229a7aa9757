// A Result main's error must be Debug, since std prints it: E0277 at the return type.
struct Oops;

fn main() -> Result<(), Oops> {
    Ok(())
}
// error: E0277 at 4:14

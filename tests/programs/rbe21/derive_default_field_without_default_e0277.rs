// #[derive(Default)] on Settings with a field whose type has no Default: E0277 at the field.
struct Theme {
    dark: bool,
}
#[derive(Default)]
struct Settings {
    volume: u8,
    theme: Theme,
}
fn main() {
    let s = Settings::default();
    println!("{} {}", s.volume, s.theme.dark);
}
// error: E0277 at 8:5

// Rustlings-style: a trait with a default method used by two structs, and `impl Trait` parameters.
trait Licensed {
    fn licensing_info(&self) -> String {
        String::from("Some information")
    }
}

struct SomeSoftware {
    version_number: i32,
}

struct OtherSoftware {
    version_number: String,
}

impl Licensed for SomeSoftware {}
impl Licensed for OtherSoftware {}

fn compare_license_types(software: impl Licensed, software_two: impl Licensed) -> bool {
    software.licensing_info() == software_two.licensing_info()
}

fn main() {
    let a = SomeSoftware { version_number: 1 };
    let b = OtherSoftware { version_number: "v2.0.0".to_string() };
    println!("{} {}", a.version_number, b.version_number);
    println!("{}", a.licensing_info());
    println!("{}", compare_license_types(a, b));
}
// expect: 1 v2.0.0
// expect: Some information
// expect: true

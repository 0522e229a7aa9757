// Rustlings-style: a Package struct whose constructor panics on a light weight and whose methods compute fees.
#[derive(Debug)]
struct Package {
    sender_country: String,
    recipient_country: String,
    weight_in_grams: u32,
}

impl Package {
    fn new(sender_country: String, recipient_country: String, weight_in_grams: u32) -> Package {
        if weight_in_grams < 10 {
            panic!("Can not ship a package with weight below 10 grams.")
        } else {
            Package { sender_country, recipient_country, weight_in_grams }
        }
    }

    fn is_international(&self) -> bool {
        self.sender_country != self.recipient_country
    }

    fn get_fees(&self, cents_per_gram: u32) -> u32 {
        self.weight_in_grams * cents_per_gram
    }
}

fn main() {
    let p = Package::new(String::from("Spain"), String::from("Russia"), 1200);
    println!("international: {}", p.is_international());
    println!("fees: {}", p.get_fees(3));
    let q = Package::new(String::from("Canada"), String::from("Canada"), 1500);
    println!("international: {}", q.is_international());
    let _r = Package::new(String::from("Mexico"), String::from("Mexico"), 5);
}
// expect: international: true
// expect: fees: 3600
// expect: international: false
// panic: Can not ship a package with weight below 10 grams.
// panic-at: 12:13
